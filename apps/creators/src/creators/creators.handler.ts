import {
  CreatorProfile,
  CreatorRequest,
  CreatorsSubjects,
  CreatorView,
  Disconnected,
  ListCreatorsRequest,
  ListVideosRequest,
  PageResult,
  StatsHistory,
  StatsHistoryQuery,
  StatsHistoryRequest,
  validateInput,
  VideoView,
} from '@tally/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DisconnectService } from '../disconnect/disconnect.service.js';
import { CreatorsService } from './creators.service.js';

@Controller()
export class CreatorsHandler {
  constructor(
    private readonly creators: CreatorsService,
    private readonly disconnects: DisconnectService,
  ) {}

  @MessagePattern(CreatorsSubjects.listCreators)
  list(@Payload() request: ListCreatorsRequest): Promise<PageResult<CreatorView>> {
    return this.creators.list(request.principal, request.filter ?? {}, request.page);
  }

  @MessagePattern(CreatorsSubjects.getProfile)
  profile(@Payload() request: CreatorRequest): Promise<CreatorProfile> {
    return this.creators.profile(request.principal, request.creatorId);
  }

  @MessagePattern(CreatorsSubjects.listVideos)
  videos(@Payload() request: ListVideosRequest): Promise<PageResult<VideoView>> {
    return this.creators.videosOf(request.principal, request.creatorId, request.page);
  }

  @MessagePattern(CreatorsSubjects.statsHistory)
  statsHistory(@Payload() request: StatsHistoryRequest): Promise<StatsHistory> {
    return this.creators.statsHistory(
      request.principal,
      request.creatorId,
      validateInput(StatsHistoryQuery, request.query ?? {}),
    );
  }

  @MessagePattern(CreatorsSubjects.disconnect)
  disconnect(@Payload() request: CreatorRequest): Promise<Disconnected> {
    return this.disconnects.disconnect(request.principal, request.creatorId);
  }
}
