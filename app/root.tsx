import { useMemo } from 'react';
import {
  Form,
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunctionArgs,
} from 'react-router';
import tokensCss from '@utrecht/design-tokens/dist/theme.css?url';
import { getSessionUser } from '#app/auth/session.server';
import { TooManyRequests } from '#app/components/too-many-requests';
import { Button, ButtonLink, Heading, Link, Paragraph } from '#app/components/ui';
import { useForgetOfflinePagesWhenSignedOut } from '#app/features/minutes/ui/use-offline-page';
import { createTranslator, formatMessage, I18nContext, type Locale, useT } from '#app/i18n/i18n';
import { localeFor } from '#app/i18n/locale.server';
import { textDirection } from '#app/features/materials/domain/languages';
import { isParticipantRequest, participantLanguageOf, participantPageTexts, type ParticipantPageTexts } from '#app/i18n/participant/language.server';
import appCss from '#app/styles/app.css?url';
import nldsCss from '#app/styles/nlds.css?url';
import { decodeRefusal } from '#app/utils/refusal';
import type { Route } from './+types/root';

export const links: Route.LinksFunction = () => [
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
  { rel: 'stylesheet', href: tokensCss },
  { rel: 'stylesheet', href: nldsCss },
  { rel: 'stylesheet', href: appCss },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await getSessionUser(request);
  const locale = await localeFor(request, user?.locale);
  return {
    // Not the catalogue: the client's own bundle holds it (a cached asset); in every page's data it
    // was the largest part of each staff page's cost (issue 12, staff pages at national scale).
    locale,
    // A participant's page: its error and refusal pages speak their language (issue 15).
    participant: isParticipantRequest(request, user !== null) ? participantPageTexts(await participantLanguageOf(request)) : null,
    user: user ? { name: user.name, email: user.email } : null,
    cspNonce: context.cspNonce,
    // For create forms without JavaScript: a new key with every page (app/components/submission-key.tsx).
    submissionKey: crypto.randomUUID(),
  };
}

// The language and the signed-in person only change through actions outside the workspace
// (language, sign-in and -out, account, invitations); skip the root loader after others.
export function shouldRevalidate({ formAction, formMethod, currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (formAction?.startsWith('/o/') || formAction?.startsWith('/p/board')) return false;
  // Live pages reload their data on every event (useLive): not the root's, which does not change with it.
  if (!formMethod && currentUrl.href === nextUrl.href) return false;
  return defaultShouldRevalidate;
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  const locale: Locale = data?.locale ?? 'nl';
  const i18n = useMemo(() => ({ locale, t: createTranslator(locale) }), [locale]);
  const t = i18n.t;
  // Public pages for partners and parents declare `handle = { hydrate: false }`: they are plain
  // HTML forms, so phones on a weak connection skip downloading the JavaScript.
  const matches = useMatches();
  const hydrate = !matches.some((m) => (m.handle as { hydrate?: boolean } | undefined)?.hydrate === false);
  // A participant's page may say its own language (`handle.language`), e.g. the sign-up page in Arabic.
  const pageLanguage = matches
    .map((m) => (m.data ? (m.handle as { language?: (data: never) => string } | undefined)?.language?.(m.data as never) : undefined))
    .filter(Boolean)
    .at(-1);
  return (
    <html lang={pageLanguage ?? locale} dir={pageLanguage ? textDirection(pageLanguage) : 'ltr'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="utrecht-theme spiegel-theme utrecht-document">
        <I18nContext.Provider value={i18n}>
          <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
            {t('common.skipToContent')}
          </a>
          <header className="spiegel-header">
            <div className="spiegel-header__inner">
              <a className="spiegel-brand" href="/">
                {t('common.appName')}
              </a>
              <LanguageSwitch locale={locale} />
              {data?.user ? (
                <nav className="spiegel-usernav" aria-label={t('common.account')}>
                  <Link to="/account">{data.user.name || data.user.email}</Link>
                  <Form method="post" action="/logout">
                    <Button appearance="subtle">{t('common.signOut')}</Button>
                  </Form>
                </nav>
              ) : null}
            </div>
          </header>
          <main id="main" className="spiegel-main">
            {children}
          </main>
        </I18nContext.Provider>
        {hydrate ? (
          <>
            <ScrollRestoration nonce={data?.cspNonce} />
            <Scripts nonce={data?.cspNonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

function LanguageSwitch({ locale }: { locale: Locale }) {
  const t = useT();
  const location = useLocation();
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  return (
    <Form method="post" action="/lang" className="spiegel-lang">
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <input type="hidden" name="lang" value={other} />
      <Button
        appearance="subtle"
        lang={other}
        aria-label={`${t('common.switchLanguage')}: ${other === 'nl' ? t('common.languageNl') : t('common.languageEn')}`}
      >
        {other === 'nl' ? 'Nederlands' : 'English'}
      </Button>
    </Form>
  );
}

export default function App() {
  const { user } = useLoaderData<typeof loader>();
  useForgetOfflinePagesWhenSignedOut(user !== null);
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  // A refused `.data` request (server/limits.ts) says why and for how long.
  if (isRouteErrorResponse(error) && error.status === 429) return <TooManyRequests detail={decodeRefusal(error.data)} />;
  return <ErrorPage status={isRouteErrorResponse(error) ? error.status : 500} />;
}

/** The page for 404, 403, 429, 503 (database unreachable) and unexpected errors: a plain sentence, never a stack trace. */
export function ErrorPage({ status }: { status: number }) {
  const participant = useRouteLoaderData<typeof loader>('root')?.participant;
  if (participant) return <ParticipantErrorPage status={status} participant={participant} />;
  return <StaffErrorPage status={status} />;
}

function StaffErrorPage({ status }: { status: number }) {
  const t = useT();
  const [title, body] =
    status === 404
      ? [t('common.notFoundTitle'), t('common.notFoundBody')]
      : status === 403
        ? [t('common.forbiddenTitle'), t('common.forbiddenBody')]
        : status === 429
          ? [t('common.tooManyTitle'), t('common.tooManyBody')]
          : status === 503
            ? [t('common.unavailableTitle'), t('common.unavailableBody')]
            : [t('common.errorTitle'), t('common.errorBody')];
  return (
    <div className="spiegel-page">
      <title>{`${title} · Spiegel`}</title>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{body}</Paragraph>
      <ButtonLink to="/">{t('common.toStart')}</ButtonLink>
    </div>
  );
}

/** A parent's error page, in their language; no way "to the start", which is the staff's sign-in. */
function ParticipantErrorPage({ status, participant }: { status: number; participant: ParticipantPageTexts }) {
  const { lang, dir, texts } = participant;
  const t = (name: string) => formatMessage(texts[name] ?? name, lang);
  const [title, body] =
    status === 404 || status === 403
      ? [t('notFoundTitle'), t('notFoundBody')]
      : status === 429
        ? [t('tooManyTitle'), t('tooManyBody')]
        : status === 503
          ? [t('unavailableTitle'), t('unavailableBody')]
          : [t('errorTitle'), t('errorBody')];
  return (
    <div className="spiegel-page" lang={lang} dir={dir}>
      <title>{`${title} · Spiegel`}</title>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{body}</Paragraph>
    </div>
  );
}
