import { Button } from './Button';

interface PagerProps {
  label: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  busy?: boolean;
}

export function Pager({ label, hasPrevious, hasNext, onPrevious, onNext, busy }: PagerProps) {
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav className="pager" aria-label={label}>
      <Button onClick={onPrevious} disabled={!hasPrevious || busy}>
        ← Previous
      </Button>
      <Button onClick={onNext} disabled={!hasNext || busy}>
        Next →
      </Button>
    </nav>
  );
}
