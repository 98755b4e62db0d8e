import { api } from './api-client';
import type { PasswordChanged, PasswordReset, PasswordResetRequested } from './types';

/** Changing a password with the current one, or resetting it through an emailed link. */
export const passwordsApi = {
  /** The signed-in user's own; a wrong current password answers 401. */
  change: (currentPassword: string, newPassword: string) =>
    api.post<PasswordChanged>('/api/v1/users/me/password', { currentPassword, newPassword }),
  requestReset: (email: string) =>
    api.post<PasswordResetRequested>('/api/v1/auth/password-reset', { email }),
  completeReset: (token: string, password: string) =>
    api.post<PasswordReset>('/api/v1/auth/password-reset/complete', { token, password }),
};
