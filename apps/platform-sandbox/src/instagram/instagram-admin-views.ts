import type { SandboxState } from '../state/sandbox-state.js';
import { type InstagramAccount, madeUpInstagramAccount } from './instagram-accounts.js';

export function instagramCreatorView(account: InstagramAccount, position: number) {
  return {
    platform: 'instagram',
    position,
    user_id: account.id,
    username: account.username,
    name: account.name,
    account_type: account.accountType,
    hides_likes: account.hidesLikes,
    media_count: account.media.length,
  };
}

export function listInstagramCreators(state: SandboxState) {
  return state.instagram.catalog.accounts.map((account, index) =>
    instagramCreatorView(account, index + 1),
  );
}

/** A made-up account with `mediaCount` media; undefined when the username or id is taken. */
export function addInstagramCreator(state: SandboxState, username: string, mediaCount: number) {
  const account = madeUpInstagramAccount(username, mediaCount);
  const { catalog } = state.instagram;
  if (!catalog.add(account)) return undefined;
  return instagramCreatorView(account, catalog.accounts.length);
}

export function instagramMediaIds(state: SandboxState, login: string): string[] | undefined {
  return state.instagram.catalog.find(login)?.media.map((media) => media.id);
}
