import { Suspense, useState } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { ErrorNotice, Loading } from './components/notice';
import { LoginPage } from './pages/login-page';
import { NAV, ROUTES } from './routes';
import { useLogOut, useSession } from './session';

/** The login until a session exists; then the dashboard's frame around the page the address names. */
export function App() {
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.error) return <ErrorNotice error={session.error} />;
  if (!session.data) return <LoginPage />;
  return <Shell account={session.data} />;
}

function Shell({ account }: { account: { name: string; code: string } }) {
  const [location] = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const logOut = useLogOut();
  return (
    <div className="shell">
      <header className="topbar">
        <Link href="/" className="brand">
          Hookflow
        </Link>
        <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen(!menuOpen)}>
          Menu
        </button>
        <span className="account" title={account.code}>
          {account.name}
        </span>
        <button type="button" className="link-button" onClick={() => logOut.mutate()}>
          Log out
        </button>
      </header>
      <nav id="main-nav" aria-label="Main" className={menuOpen ? 'nav open' : 'nav'}>
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={location.startsWith(item.href) ? 'page' : undefined} onClick={() => setMenuOpen(false)}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <Suspense fallback={<Loading />}>
          <Switch>
            {ROUTES.map((r) => (
              <Route key={r.path} path={r.path} component={r.page} />
            ))}
            <Route path="/">
              <Redirect to={NAV[0]?.href ?? '/flows'} />
            </Route>
            <Route>
              <p>There is no page at {location}.</p>
            </Route>
          </Switch>
        </Suspense>
      </main>
    </div>
  );
}
