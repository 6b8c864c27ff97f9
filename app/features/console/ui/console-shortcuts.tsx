// Keyboard shortcuts for the turn buttons (JavaScript only; without it the buttons are plain forms).
// A shortcut presses the button itself, so it goes through the same form and the same checks.
import { useEffect, useState } from 'react';
import { useNavigation } from 'react-router';
import { type MessageKey, useT } from '#app/i18n/i18n';
import { SHORTCUT_KEYS, shortcutFor, type ShortcutIntent } from '../domain/shortcuts';

/** Listens for the shortcuts while `enabled`; true once they work (after hydration), to show them. */
export function useConsoleShortcuts(enabled: boolean): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  // One press at a time: a key held during a submission would be a press on an outdated screen.
  const busy = useNavigation().state !== 'idle';
  useEffect(() => {
    if (!enabled || busy) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const intent = shortcutFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        repeat: event.repeat,
        targetTag: target?.tagName,
        targetEditable: target?.isContentEditable,
      });
      const button = intent ? document.querySelector<HTMLButtonElement>(`button[data-shortcut="${intent}"]`) : null;
      if (!button) return;
      event.preventDefault();
      button.click();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, busy]);
  return hydrated && enabled;
}

const LABELS: Record<ShortcutIntent, MessageKey> = {
  answeredNext: 'console.answeredNext',
  passedNext: 'console.passedNext',
  next: 'console.keyNext',
  nextQuestion: 'console.nextQuestion',
};

/** The shortcuts on the page (screen readers also hear them through each button's aria-keyshortcuts). */
export function ShortcutList() {
  const t = useT();
  return (
    <div className="console-keys" data-testid="console-keys">
      <p className="console-keys__title">
        <strong>{t('console.keysTitle')}</strong> {t('console.keysIntro')}
      </p>
      <ul>
        {(Object.keys(SHORTCUT_KEYS) as ShortcutIntent[]).map((intent) => (
          <li key={intent}>
            {SHORTCUT_KEYS[intent].map((key, i) => (
              <span key={key}>
                {i > 0 ? ` ${t('console.keyOr')} ` : null}
                <kbd>{key}</kbd>
              </span>
            ))}
            : {t(LABELS[intent])}
          </li>
        ))}
      </ul>
    </div>
  );
}
