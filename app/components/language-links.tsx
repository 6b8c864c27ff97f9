// Links to the same page in other languages, each named in its own language: plain links, so the
// choice works without JavaScript (the page reads ?lang=). The one language list of every
// participant page (sign-up, the board's phone, the parent's page, the contribution form).
export type LanguageLink = { code: string; endonym: string; dir: 'ltr' | 'rtl' };

export function LanguageLinks({
  label,
  languages,
  current,
  className,
}: {
  label: string;
  languages: readonly LanguageLink[];
  current: string;
  className?: string;
}) {
  // A page offered in one language has nothing to choose.
  if (languages.length <= 1) return null;
  return (
    <nav aria-label={label} className={className}>
      <ul className="spiegel-language-links">
        {languages.map((l) => (
          <li key={l.code}>
            <a
              className="utrecht-link utrecht-link--html-a"
              href={`?lang=${l.code}`}
              hrefLang={l.code}
              lang={l.code}
              dir={l.dir}
              aria-current={l.code === current ? 'true' : undefined}
            >
              {l.endonym}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
