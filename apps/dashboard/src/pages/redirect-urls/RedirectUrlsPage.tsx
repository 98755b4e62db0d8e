import { useState } from 'react';
import { api } from '../../api/api-client';
import type { RedirectUrlsView } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadError } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { LoadingBlock } from '../../components/Skeleton';
import { useCan } from '../../session/session';
import { REDIRECT_URLS_PATH, RedirectUrlsEditor } from './RedirectUrlsEditor';

export function RedirectUrlsPage() {
  const canWrite = useCan('creators:write');
  const loaded = useApi('redirect-urls', (signal) =>
    api.get<RedirectUrlsView>(REDIRECT_URLS_PATH, undefined, signal),
  );
  // A save answers with the list as stored; it stands until the next load.
  const [saved, setSaved] = useState<RedirectUrlsView | null>(null);
  const current = saved ?? loaded.data;

  return (
    <>
      <PageHeader
        title="Redirect URLs"
        description={
          <>
            Where a connect flow may send the creator back to once they have approved. The{' '}
            <code>redirectUrl</code> you give <code>POST /api/v1/connect/tiktok</code> must match
            one of these: the same origin, and the same path or a path below it.
          </>
        }
      />
      {loaded.error !== undefined && (
        <LoadError
          error={loaded.error}
          onRetry={() => {
            setSaved(null);
            loaded.reload();
          }}
        />
      )}
      {loaded.loading && <LoadingBlock label="Loading your redirect URLs…" />}
      {current && <RedirectUrlsEditor saved={current} canWrite={canWrite} onSaved={setSaved} />}
    </>
  );
}
