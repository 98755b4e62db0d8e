import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ACCOUNT_ROLE_LABELS } from '../pages/team/account-roles';
import { useMe, useSession } from '../session/session';
import { Link } from './Link';
import { paths } from './routes';
import { useLocation } from './router';

const SECTIONS: { heading: string; links: { to: string; label: string }[] }[] = [
  {
    heading: 'Data',
    links: [
      { to: paths.creators, label: 'Creators' },
      { to: paths.usage, label: 'Usage' },
    ],
  },
  {
    heading: 'Developers',
    links: [
      { to: paths.apiKeys, label: 'API keys' },
      { to: paths.oauthClients, label: 'OAuth clients' },
      { to: paths.redirectUrls, label: 'Redirect URLs' },
      { to: paths.webhooks, label: 'Webhooks' },
    ],
  },
  {
    heading: 'Account',
    links: [
      { to: paths.team, label: 'Team' },
      { to: paths.serviceUsers, label: 'Service users' },
      { to: paths.roles, label: 'Roles' },
      { to: paths.auditLog, label: 'Audit log' },
      { to: paths.accountSettings, label: 'Account settings' },
    ],
  },
];

export function Layout({ children }: { children: ReactNode }) {
  const me = useMe();
  const { signOut } = useSession();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(path);
  // On a phone the navigation folds behind a Menu button; it folds again after each navigation.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    // After a navigation, screen readers and keyboards start at the new page's content.
    if (shownPath.current === path) return;
    shownPath.current = path;
    setMenuOpen(false);
    main.current?.focus({ preventScroll: true });
  }, [path]);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <button
          type="button"
          className="button button-ghost menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span className="menu-icon" aria-hidden="true" />
          Menu
        </button>
        <Link to={paths.creators} className="brand" aria-label="Tally home">
          <span className="brand-mark" aria-hidden="true">
            T
          </span>
          Tally
        </Link>
        <div className="account" data-testid="account-summary">
          <span className="account-name">{me.account.name}</span>
          {me.user && (
            <span className="account-user">
              {me.user.email} ·{' '}
              <span data-testid="account-role">{ACCOUNT_ROLE_LABELS[me.user.accountRole]}</span>
            </span>
          )}
          <button
            type="button"
            className="button button-ghost"
            onClick={() => void signOut().catch(() => undefined)}
          >
            Sign out
          </button>
        </div>
      </header>
      <nav id="main-nav" className={menuOpen ? 'sidebar open' : 'sidebar'} aria-label="Main">
        {SECTIONS.map((section) => (
          <div key={section.heading} className="nav-section">
            <h2 className="nav-heading">{section.heading}</h2>
            <ul>
              {section.links.map((link) => {
                const active = path === link.to || path.startsWith(`${link.to}/`);
                return (
                  <li key={link.to}>
                    <Link
                      to={link.to}
                      className={active ? 'nav-link active' : 'nav-link'}
                      aria-current={active ? 'page' : undefined}
                    >
                      {link.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </nav>
      <main id="main" className="content" tabIndex={-1} ref={main}>
        {children}
      </main>
    </div>
  );
}
