import { useState, type FormEvent } from 'react';
import { api } from '../../api/api-client';
import { isApiError } from '../../api/api-error';
import { passwordsApi } from '../../api/passwords';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toasts';
import { describeError } from '../../api/describe-error';
import { useSubmission } from '../../lib/use-submission';
import { MIN_PASSWORD_LENGTH, validateNewPassword } from '../../lib/validation';
import { useMe } from '../../session/session';
import { ACCOUNT_ROLE_DESCRIPTIONS, ACCOUNT_ROLE_LABELS } from '../team/account-roles';

/** The signed-in person: who they are here, and their password. */
export function AccountSettingsPage() {
  const me = useMe();
  return (
    <>
      <PageHeader title="Account settings" description="You, in this account." />
      <section className="panel" aria-label="You">
        <dl className="endpoint-settings">
          <div>
            <dt>Email</dt>
            <dd data-testid="my-email">{me.user?.email ?? '—'}</dd>
          </div>
          <div>
            <dt>Account</dt>
            <dd>{me.account.name}</dd>
          </div>
          {me.user && (
            <div>
              <dt>Role</dt>
              <dd data-testid="my-role">
                {ACCOUNT_ROLE_LABELS[me.user.accountRole]}
                <span className="cell-detail">
                  {ACCOUNT_ROLE_DESCRIPTIONS[me.user.accountRole]}
                </span>
              </dd>
            </div>
          )}
        </dl>
      </section>
      {me.user && <ChangePasswordForm />}
    </>
  );
}

const EMPTY = { currentPassword: '', newPassword: '' };

function ChangePasswordForm() {
  const notify = useToast();
  const [form, setForm] = useState(EMPTY);
  const { busy, failure, errors, submit, clear } = useSubmission();

  function send(event: FormEvent) {
    event.preventDefault();
    const found = {
      currentPassword: form.currentPassword ? undefined : 'Enter your current password.',
      newPassword:
        validateNewPassword(form.newPassword) ??
        (form.newPassword === form.currentPassword
          ? 'Choose a password other than the current one.'
          : undefined),
    };
    void submit(found, async () => {
      try {
        const changed = await passwordsApi.change(form.currentPassword, form.newPassword);
        setForm(EMPTY);
        clear();
        notify(
          changed.sessionsEnded > 0
            ? `Password changed. ${changed.sessionsEnded} other session${changed.sessionsEnded === 1 ? '' : 's'} signed out.`
            : 'Password changed.',
        );
      } catch (error) {
        // A 401 here is a wrong current password, or the session ended: asking
        // who is signed in ends the dashboard's session in the second case.
        if (isApiError(error) && error.status === 401)
          void api.get('/api/v1/users/me').catch(() => undefined);
        throw error;
      }
    });
  }

  const wrongPassword = isApiError(failure) && failure.status === 401;
  return (
    <section className="panel" aria-labelledby="change-password">
      <h2 id="change-password">Change your password</h2>
      <p className="muted">Your other sessions end; this one goes on.</p>
      {failure !== null && (
        <ErrorMessage>
          {wrongPassword
            ? 'Your current password is not right. Check it and try again.'
            : describeError(failure)}
        </ErrorMessage>
      )}
      <form onSubmit={send} noValidate className="narrow-form">
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={form.currentPassword}
          onChange={(event) => setForm({ ...form, currentPassword: event.target.value })}
          error={errors.currentPassword}
        />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          value={form.newPassword}
          onChange={(event) => setForm({ ...form, newPassword: event.target.value })}
          error={errors.newPassword}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        />
        <Button type="submit" variant="primary" busy={busy}>
          Change password
        </Button>
      </form>
    </section>
  );
}
