// Links to the same page in other languages, each named in its own language: plain links, so the
// choice works without JavaScript (the page reads ?lang=).
export function LanguageLinks({
  label,
  languages,
  current,
}: {
  label: string;
  languages: { code: string; name: string; dir?: 'ltr' | 'rtl' }[];
  current: string;
}) {
  return (
    <nav aria-label={label}>
      <ul className="spiegel-inline" style={{ listStyle: 'none', padding: 0, gap: '0.5rem 1.25rem' }}>
        {languages.map((l) => (
          <li key={l.code}>
            <a
              className="utrecht-link utrecht-link--html-a"
              href={`?lang=${l.code}`}
              hrefLang={l.code}
              lang={l.code}
              dir={l.dir}
              aria-current={l.code === current ? 'true' : undefined}
              style={l.code === current ? { fontWeight: 700 } : undefined}
            >
              {l.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
