import { useState, type FormEvent } from 'react';
import { describeError } from '../../api/describe-error';
import { passwordsApi } from '../../api/passwords';
import { Link } from '../../app/Link';
import { paths } from '../../app/routes';
import { Button } from '../../components/Button';
import { CopyButton } from '../../components/CopyButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/Field';
import { useSubmission } from '../../lib/use-submission';
import { validateEmail } from '../../lib/validation';
import { AuthFrame } from './AuthFrame';

const BACK = <Link to={paths.signIn}>Back to sign in</Link>;

/** Asks for a password-reset link by email. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<{ email: string; link: string | null } | null>(null);
  const { busy, failure, errors, submit } = useSubmission();

  function send(event: FormEvent) {
    event.preventDefault();
    void submit({ email: validateEmail(email) }, async () => {
      const answer = await passwordsApi.requestReset(email.trim());
      setSent({ email: email.trim(), link: answer.link ?? null });
    });
  }

  if (sent)
    return (
      <AuthFrame title="Check your email" footer={BACK}>
        <p data-testid="reset-requested">
          If <strong>{sent.email}</strong> belongs to a Tally account, a link to choose a new
          password is on its way. It works once, and only for a while.
        </p>
        {sent.link && (
          <div className="secret">
            <div className="alert alert-info" role="note">
              Tally sent no email: no mail server is set up here (development). This is the link it
              would have sent.
            </div>
            <div className="secret-row">
              <code className="secret-value" data-testid="reset-link" tabIndex={0}>
                {sent.link}
              </code>
              <CopyButton text={sent.link} label="Copy link" />
            </div>
            <p>
              <a href={sent.link}>Open the link</a>
            </p>
          </div>
        )}
      </AuthFrame>
    );

  return (
    <AuthFrame title="Reset your password" footer={BACK}>
      <p className="muted">Enter the email you sign in with, and Tally sends you a link.</p>
      {failure !== null && <ErrorMessage>{describeError(failure)}</ErrorMessage>}
      <form onSubmit={send} noValidate>
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
          autoFocus
        />
        <Button type="submit" variant="primary" busy={busy} className="button-block">
          Send the link
        </Button>
      </form>
    </AuthFrame>
  );
}
