import { api } from '../../api/api-client';
import { usePagedList } from '../../api/use-paged-list';
import type { Page, Platform, VideoView } from '../../api/types';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { EmptyState } from '../../components/EmptyState';
import { PagedTable } from '../../components/PagedTable';
import { formatDate } from '../../lib/format';
import { videoFigures, videoKind, videoNoun, videoTitle } from './video-columns';

const PAGE_SIZE = 20;

function VideoTitle({ video, platform }: { video: VideoView; platform: Platform }) {
  const title = videoTitle(video, platform);
  const kind = videoKind(video, platform);
  return (
    <span>
      {video.shareUrl ? (
        <a href={video.shareUrl} target="_blank" rel="noreferrer noopener" title={title.full}>
          {title.text}
        </a>
      ) : (
        <span title={title.full}>{title.text}</span>
      )}
      {kind && <span className="muted small video-kind">{kind}</span>}
    </span>
  );
}

/**
 * The creator's videos (Instagram's posts), newest first, a page at a time,
 * with the figures their platform gives; `version` reloads them (after a sync).
 */
export function VideosTable({
  creatorId,
  platform,
  version,
}: {
  creatorId: string;
  platform: Platform;
  version: number;
}) {
  const videos = usePagedList(`videos:${creatorId}:${version}`, (cursor, signal) =>
    api.get<Page<VideoView>>(
      `/api/v1/creators/${creatorId}/videos`,
      { limit: PAGE_SIZE, cursor },
      signal,
    ),
  );
  const noun = videoNoun(platform);
  const figures = videoFigures(platform);
  const figureNames = figures.map((figure) => figure.name);
  const columns = [noun.one, 'Published', ...figureNames];
  return (
    <section className="panel" aria-labelledby="videos-heading">
      <h2 id="videos-heading">{noun.many}</h2>
      <PagedTable
        caption={noun.many}
        paged={videos}
        columnCount={columns.length}
        skeletonRows={6}
        columns={<ColumnHeaders names={columns} numeric={figureNames} />}
        empty={
          <EmptyState title={`No ${noun.many.toLowerCase()} yet`}>
            {noun.many} appear here after the first sync. Use “Sync now” to read them.
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
                <VideoTitle video={video} platform={platform} />
              </span>
            </th>
            <td className="nowrap">{formatDate(video.publishedAt)}</td>
            {figures.map((figure) => (
              <td key={figure.name} className="numeric">
                {figure.value(video)}
              </td>
            ))}
          </tr>
        )}
      />
    </section>
  );
}
