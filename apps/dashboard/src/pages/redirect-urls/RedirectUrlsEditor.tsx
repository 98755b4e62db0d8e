import { useState, type FormEvent } from 'react';
import { api } from '../../api/api-client';
import { describeError } from '../../api/describe-error';
import type { RedirectUrlsView } from '../../api/types';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { formatDateTime } from '../../lib/format';
import {
  addRedirectUrl,
  MAX_REDIRECT_URLS,
  redirectUrlErrors,
  sameUrls,
} from './redirect-url-rules';

export const REDIRECT_URLS_PATH = '/api/v1/connect/redirect-urls';

interface SaveFailure {
  error: unknown;
  list?: string;
  /** Reasons by URL: the indexes the API named are those of the list as it was sent. */
  byUrl: Record<string, string>;
}

function failureOf(error: unknown, sent: readonly string[]): SaveFailure {
  const { list, byIndex } = redirectUrlErrors(error);
  const byUrl: Record<string, string> = {};
  for (const [index, reason] of Object.entries(byIndex)) {
    const url = sent[Number(index)];
    if (url !== undefined) byUrl[url] = reason;
  }
  return { error, list, byUrl };
}

/**
 * The list being edited: URLs are added and removed here, and only Save sends
 * the whole list (the API replaces it at once).
 */
export function RedirectUrlsEditor({
  saved,
  canWrite,
  onSaved,
}: {
  saved: RedirectUrlsView;
  canWrite: boolean;
  onSaved: (view: RedirectUrlsView) => void;
}) {
  const notify = useToast();
  const [draft, setDraft] = useState<string[]>(saved.urls);
  const [input, setInput] = useState('');
  const [inputError, setInputError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const changed = !sameUrls(draft, saved.urls);

  function add(event: FormEvent) {
    event.preventDefault();
    const result = addRedirectUrl(draft, input);
    if ('error' in result) {
      setInputError(result.error);
      return;
    }
    setDraft(result.urls);
    setInput('');
    setInputError(undefined);
  }

  function remove(url: string) {
    setDraft(draft.filter((kept) => kept !== url));
  }

  function discard() {
    setDraft(saved.urls);
    setFailure(null);
    setInputError(undefined);
  }

  async function save() {
    const sent = draft;
    setBusy(true);
    setFailure(null);
    try {
      const stored = await api.put<RedirectUrlsView>(REDIRECT_URLS_PATH, { urls: sent });
      setDraft(stored.urls);
      onSaved(stored);
      notify('Redirect URLs saved');
    } catch (error) {
      setFailure(failureOf(error, sent));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {!canWrite && (
        <div className="alert alert-info">
          Your role can see these URLs but not change them: that takes the creators:write
          permission.
        </div>
      )}
      {failure && (
        <ErrorMessage>
          <p>{describeError(failure.error)}</p>
          {failure.list && <p>{failure.list}</p>}
        </ErrorMessage>
      )}
      {canWrite && (
        <form className="inline-form" onSubmit={add} noValidate>
          <TextField
            label="Redirect URL"
            value={input}
            onChange={(event) => {
              setInput(event.target.value);
              setInputError(undefined);
            }}
            placeholder="https://app.example.com/creators/connected"
            error={inputError}
            hint="https, or http for localhost and 127.0.0.1; no query or fragment. It allows the paths below it too."
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
          />
          <Button type="submit">Add URL</Button>
        </form>
      )}
      {draft.length === 0 ? (
        <EmptyState title="No redirect URLs yet">
          {saved.urls.length > 0
            ? 'Saving an empty list refuses every redirectUrl a connect flow asks for.'
            : 'Until you add one, a connect flow that asks to send the creator back to a redirectUrl is refused. Add the pages of your app that creators return to after connecting, like https://app.example.com/creators/connected.'}
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Allowed redirect URLs</caption>
            <thead>
              <tr>
                <ColumnHeaders names={['URL']} actions={canWrite} />
              </tr>
            </thead>
            <tbody>
              {draft.map((url) => {
                const problem = failure?.byUrl[url];
                return (
                  <tr key={url} data-testid="redirect-url-row">
                    <th scope="row" className="url-cell">
                      <code>{url}</code>{' '}
                      {!saved.urls.includes(url) && <Badge tone="info">Not saved</Badge>}
                      {problem && <span className="url-problem">{problem}</span>}
                    </th>
                    {canWrite && (
                      <td className="actions">
                        <Button
                          className="button-small button-danger-outline"
                          onClick={() => remove(url)}
                          aria-label={`Remove ${url}`}
                        >
                          Remove
                        </Button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="save-bar">
        <p className="muted small" data-testid="redirect-urls-status">
          {changed
            ? 'You have unsaved changes.'
            : saved.updatedAt
              ? `${draft.length} of ${MAX_REDIRECT_URLS} allowed. Last changed ${formatDateTime(saved.updatedAt)}.`
              : `${draft.length} of ${MAX_REDIRECT_URLS} allowed.`}
        </p>
        {canWrite && (
          <div className="page-actions">
            <Button onClick={discard} disabled={!changed || busy}>
              Discard changes
            </Button>
            <Button variant="primary" onClick={() => void save()} busy={busy} disabled={!changed}>
              Save changes
            </Button>
          </div>
        )}
      </div>
    </>
  );
}
