import { type SandboxCreator, type SandboxVideo, seedCreators } from './seed-creators.js';

/** The creators who can sign in to the sandbox, and their videos. */
export class CreatorCatalog {
  private readonly byOpenId: Map<string, SandboxCreator>;
  private readonly all: SandboxCreator[];

  constructor(creators: readonly SandboxCreator[] = seedCreators()) {
    this.all = [...creators];
    this.byOpenId = new Map(creators.map((creator) => [creator.openId, creator]));
  }

  get creators(): readonly SandboxCreator[] {
    return this.all;
  }

  /** Adds a creator; false when one with the same username or open_id exists. */
  add(creator: SandboxCreator): boolean {
    if (
      this.byOpenId.has(creator.openId) ||
      this.all.some((known) => known.username === creator.username)
    ) {
      return false;
    }
    this.all.push(creator);
    this.byOpenId.set(creator.openId, creator);
    return true;
  }

  first(): SandboxCreator {
    return this.creators[0] as SandboxCreator;
  }

  /** The creator named by a sign-in hint: a username, an open_id or a 1-based position. */
  find(hint: string): SandboxCreator | undefined {
    const trimmed = hint.trim().replace(/^@/, '');
    const position = /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
    if (position !== undefined) return this.creators[position - 1];
    return (
      this.byOpenId.get(trimmed) ?? this.creators.find((creator) => creator.username === trimmed)
    );
  }

  withOpenId(openId: string): SandboxCreator | undefined {
    return this.byOpenId.get(openId);
  }

  /** A public video of this creator; private videos and other creators' videos do not count. */
  publicVideo(creator: SandboxCreator, videoId: string): SandboxVideo | undefined {
    return creator.videos.find((video) => video.id === videoId && video.isPublic);
  }
}

export function publicVideosOf(creator: SandboxCreator): SandboxVideo[] {
  return creator.videos.filter((video) => video.isPublic);
}
