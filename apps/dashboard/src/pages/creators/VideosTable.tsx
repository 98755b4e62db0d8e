import { api } from '../../api/api-client';
import { usePagedList } from '../../api/use-paged-list';
import type { Page, VideoView } from '../../api/types';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { EmptyState } from '../../components/EmptyState';
import { PagedTable } from '../../components/PagedTable';
import { formatCount, formatDate, formatDuration } from '../../lib/format';

const PAGE_SIZE = 20;
const FIGURES = ['Views', 'Likes', 'Comments', 'Shares', 'Length'];
const COLUMNS = ['Video', 'Published', ...FIGURES];

function VideoTitle({ video }: { video: VideoView }) {
  const title = video.title || video.description || 'Untitled video';
  return video.shareUrl ? (
    <a href={video.shareUrl} target="_blank" rel="noreferrer noopener">
      {title}
    </a>
  ) : (
    <span>{title}</span>
  );
}

/** The creator's videos, newest first, a page at a time; `version` reloads them (after a sync). */
export function VideosTable({ creatorId, version }: { creatorId: string; version: number }) {
  const videos = usePagedList(`videos:${creatorId}:${version}`, (cursor, signal) =>
    api.get<Page<VideoView>>(
      `/api/v1/creators/${creatorId}/videos`,
      { limit: PAGE_SIZE, cursor },
      signal,
    ),
  );
  return (
    <section className="panel" aria-labelledby="videos-heading">
      <h2 id="videos-heading">Videos</h2>
      <PagedTable
        caption="Videos"
        paged={videos}
        columnCount={COLUMNS.length}
        skeletonRows={6}
        columns={<ColumnHeaders names={COLUMNS} numeric={FIGURES} />}
        empty={
          <EmptyState title="No videos yet">
            Videos appear here after the first sync. Use “Sync now” to read them.
          </EmptyState>
        }
        renderRow={(video) => (
          <tr key={video.id} data-testid="video-row">
            <th scope="row">
              <span className="video-cell">
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
                <VideoTitle video={video} />
              </span>
            </th>
            <td className="nowrap">{formatDate(video.publishedAt)}</td>
            <td className="numeric">{formatCount(video.views)}</td>
            <td className="numeric">{formatCount(video.likes)}</td>
            <td className="numeric">{formatCount(video.comments)}</td>
            <td className="numeric">{formatCount(video.shares)}</td>
            <td className="numeric">{formatDuration(video.duration)}</td>
          </tr>
        )}
      />
    </section>
  );
}
