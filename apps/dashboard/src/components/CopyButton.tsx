import { useEffect, useState } from 'react';
import { Button } from './Button';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies `text`; says "Copied" for a moment, or to select it by hand when the browser refuses. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [result, setResult] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (result === 'idle') return undefined;
    const timer = setTimeout(() => setResult('idle'), 2000);
    return () => clearTimeout(timer);
  }, [result]);
  return (
    <>
      <Button onClick={() => void copyText(text).then((ok) => setResult(ok ? 'copied' : 'failed'))}>
        {result === 'copied' ? 'Copied' : label}
      </Button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {result === 'copied'
          ? 'Copied to the clipboard'
          : result === 'failed'
            ? 'Copy failed: select the text and copy it by hand'
            : ''}
      </span>
    </>
  );
}
