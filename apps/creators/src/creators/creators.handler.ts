import {
  CreatorsDisconnect,
  CreatorsGetProfile,
  CreatorsList,
  CreatorsListVideos,
  CreatorsStatsHistory,
  type ReceivedRequestOf,
  type ReplyOf,
} from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DisconnectService } from '../disconnect/disconnect.service.js';
import { CreatorsService } from './creators.service.js';

@Controller()
export class CreatorsHandler {
  constructor(
    private readonly creators: CreatorsService,
    private readonly disconnects: DisconnectService,
  ) {}

  @Handles(CreatorsList)
  list(
    @Payload() request: ReceivedRequestOf<typeof CreatorsList>,
  ): Promise<ReplyOf<typeof CreatorsList>> {
    return this.creators.list(request.principal, request.filter, request.page);
  }

  @Handles(CreatorsGetProfile)
  profile(
    @Payload() request: ReceivedRequestOf<typeof CreatorsGetProfile>,
  ): Promise<ReplyOf<typeof CreatorsGetProfile>> {
    return this.creators.profile(request.principal, request.creatorId);
  }

  @Handles(CreatorsListVideos)
  videos(
    @Payload() request: ReceivedRequestOf<typeof CreatorsListVideos>,
  ): Promise<ReplyOf<typeof CreatorsListVideos>> {
    return this.creators.videosOf(request.principal, request.creatorId, request.page);
  }

  @Handles(CreatorsStatsHistory)
  statsHistory(
    @Payload() request: ReceivedRequestOf<typeof CreatorsStatsHistory>,
  ): Promise<ReplyOf<typeof CreatorsStatsHistory>> {
    return this.creators.statsHistory(request.principal, request.creatorId, request.query);
  }

  @Handles(CreatorsDisconnect)
  disconnect(
    @Payload() request: ReceivedRequestOf<typeof CreatorsDisconnect>,
  ): Promise<ReplyOf<typeof CreatorsDisconnect>> {
    return this.disconnects.disconnect(request.principal, request.creatorId);
  }
}
