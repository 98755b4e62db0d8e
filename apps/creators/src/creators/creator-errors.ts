import { AppError } from '@tally/contracts';

/** Also the answer for another account's creator: never reveal that it exists. */
export function creatorNotFound(): AppError {
  return new AppError('not_found', 'No creator with this id in your account.');
}
