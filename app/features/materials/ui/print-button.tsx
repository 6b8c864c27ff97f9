import { Button } from '#app/components/ui';

/** Opens the browser's print dialog (needs JavaScript; without it the browser's own Print works the same). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" appearance="primary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
