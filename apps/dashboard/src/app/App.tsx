import { useEffect } from 'react';
import { LoadError } from '../components/ErrorMessage';
import { LoadingBlock } from '../components/Skeleton';
import { AcceptInvitationPage } from '../pages/auth/AcceptInvitationPage';
import { ForgotPasswordPage } from '../pages/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../pages/auth/ResetPasswordPage';
import { SignInPage } from '../pages/auth/SignInPage';
import { SignUpPage } from '../pages/auth/SignUpPage';
import { useSession } from '../session/session';
import { Layout } from './Layout';
import { Link } from './Link';
import { PageView } from './PageView';
import { APP_ROUTES, HOME, LINK_ROUTES, paths, PUBLIC_ROUTES, REDIRECTS } from './routes';
import { matchRoute, navigate, useLocation } from './router';

const TITLES: Record<string, string> = {
  signIn: 'Sign in',
  signUp: 'Sign up',
  forgotPassword: 'Forgot your password',
  resetPassword: 'Reset your password',
  acceptInvitation: 'Accept an invitation',
  creators: 'Creators',
  creator: 'Creator',
  apiKeys: 'API keys',
  oauthClients: 'OAuth clients',
  redirectUrls: 'Redirect URLs',
  webhooks: 'Webhooks',
  webhookEndpoint: 'Webhook endpoint',
  team: 'Team',
  serviceUsers: 'Service users',
  serviceUser: 'Service user',
  accountSettings: 'Account settings',
  roles: 'Roles',
  usage: 'Usage',
  auditLog: 'Audit log',
};

function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : HOME;
}

export function App() {
  const { state, retry } = useSession();
  const { path, search } = useLocation();
  const redirect = REDIRECTS[path];
  const publicRoute = matchRoute(PUBLIC_ROUTES, path);
  const linkRoute = matchRoute(LINK_ROUTES, path);
  const appRoute = matchRoute(APP_ROUTES, path);

  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);

  useEffect(() => {
    if (state.status === 'signed-out' && !publicRoute && !linkRoute && !redirect) {
      const next = path === HOME ? '' : `?next=${encodeURIComponent(path)}`;
      navigate(`${paths.signIn}${next}`, { replace: true });
    }
    if (state.status === 'signed-in' && publicRoute)
      navigate(safeNext(search.get('next')), { replace: true });
  }, [state.status, publicRoute, linkRoute, redirect, path, search]);

  useEffect(() => {
    const name = (publicRoute ?? linkRoute ?? appRoute)?.name;
    document.title = name ? `${TITLES[name]} · Tally` : 'Tally';
  }, [publicRoute, linkRoute, appRoute]);

  if (state.status === 'loading') return <LoadingBlock label="Opening your dashboard…" />;
  if (state.status === 'unavailable')
    return (
      <div className="centered">
        <LoadError error={state.error} onRetry={retry} />
      </div>
    );
  if (linkRoute?.name === 'resetPassword') return <ResetPasswordPage />;
  if (linkRoute?.name === 'acceptInvitation') return <AcceptInvitationPage />;
  if (state.status === 'signed-out') {
    if (publicRoute?.name === 'signUp') return <SignUpPage />;
    if (publicRoute?.name === 'forgotPassword') return <ForgotPasswordPage />;
    return <SignInPage reason={state.reason} />;
  }
  if (publicRoute || redirect) return <LoadingBlock label="Opening your dashboard…" />;
  return <Layout>{appRoute ? <PageView route={appRoute} /> : <NotFound />}</Layout>;
}

function NotFound() {
  return (
    <div className="empty-state">
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <Link to={HOME}>Go to your creators</Link>
    </div>
  );
}
