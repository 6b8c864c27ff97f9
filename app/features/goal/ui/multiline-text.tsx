/** Text typed in a textarea, shown with its line breaks kept. */
export function MultilineText({ children }: { children: string }) {
  return (
    <p className="utrecht-paragraph" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {children}
    </p>
  );
}
