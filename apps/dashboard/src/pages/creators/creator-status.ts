import type { CreatorView } from '../../api/types';
import type { Tone } from '../../components/Badge';

export const STATUS_LABELS: Record<
  CreatorView['status'],
  { text: string; tone: Tone; help: string }
> = {
  connected: { text: 'Connected', tone: 'success', help: 'Tally keeps this creator’s data fresh.' },
  reauth_required: {
    text: 'Needs reconnecting',
    tone: 'warning',
    help: 'The creator withdrew access on their platform. Ask them to connect again.',
  },
  disconnected: { text: 'Disconnected', tone: 'neutral', help: 'No longer synced.' },
};
