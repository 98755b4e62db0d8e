import { api } from '../../api/api-client';
import { useApi } from '../../api/use-api';
import { useCursor } from '../../api/use-cursor-page';
import type { Page, VideoView } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/ErrorMessage';
import { Pager } from '../../components/Pager';
import { SkeletonRows } from '../../components/Skeleton';
import { formatCount, formatDate, formatDuration } from '../../lib/format';

const PAGE_SIZE = 20;

export function VideosTable({ creatorId, version }: { creatorId: string; version: number }) {
  const { cursor, next, previous } = useCursor();
  const videos = useApi(`videos:${creatorId}:${cursor ?? ''}:${version}`, (signal) =>
    api.get<Page<VideoView>>(
      `/api/v1/creators/${creatorId}/videos`,
      { limit: PAGE_SIZE, cursor },
      signal,
    ),
  );
  const items = videos.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="videos-heading">
      <h2 id="videos-heading">Videos</h2>
      {videos.error !== undefined && <LoadError error={videos.error} onRetry={videos.reload} />}
      {!videos.loading && videos.data && items.length === 0 && !cursor ? (
        <EmptyState title="No videos yet">
          Videos appear here after the first sync. Use “Sync now” to read them.
        </EmptyState>
      ) : (
        <div className="table-wrap" aria-busy={videos.loading || videos.refreshing}>
          <table className="table">
            <caption className="visually-hidden">Videos, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Video</th>
                <th scope="col">Published</th>
                <th scope="col" className="numeric">
                  Views
                </th>
                <th scope="col" className="numeric">
                  Likes
                </th>
                <th scope="col" className="numeric">
                  Comments
                </th>
                <th scope="col" className="numeric">
                  Shares
                </th>
                <th scope="col" className="numeric">
                  Length
                </th>
              </tr>
            </thead>
            <tbody>
              {videos.loading ? (
                <SkeletonRows columns={7} rows={6} />
              ) : (
                items.map((video) => (
                  <tr key={video.id} data-testid="video-row">
                    <th scope="row" className="video-cell">
                      {video.coverUrl ? (
                        <img
                          src={video.coverUrl}
                          alt=""
                          className="video-cover"
                          loading="lazy"
                          referrerPolicy="no-referrer"
                        />
                      ) : (
                        <span className="video-cover" aria-hidden="true" />
                      )}
                      {video.shareUrl ? (
                        <a href={video.shareUrl} target="_blank" rel="noreferrer noopener">
                          {video.title || video.description || 'Untitled video'}
                        </a>
                      ) : (
                        <span>{video.title || video.description || 'Untitled video'}</span>
                      )}
                    </th>
                    <td>{formatDate(video.publishedAt)}</td>
                    <td className="numeric">{formatCount(video.views)}</td>
                    <td className="numeric">{formatCount(video.likes)}</td>
                    <td className="numeric">{formatCount(video.comments)}</td>
                    <td className="numeric">{formatCount(video.shares)}</td>
                    <td className="numeric">{formatDuration(video.duration)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        label="Video pages"
        hasPrevious={Boolean(videos.data?.prevCursor) || Boolean(cursor)}
        hasNext={Boolean(videos.data?.nextCursor)}
        onPrevious={() => previous(videos.data)}
        onNext={() => next(videos.data)}
        busy={videos.refreshing}
      />
    </section>
  );
}
