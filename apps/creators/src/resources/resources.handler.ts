import { CreatorsResourcesSearch, type ReceivedRequestOf, type ReplyOf } from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ResourcesService } from './resources.service.js';

@Controller()
export class ResourcesHandler {
  constructor(private readonly resources: ResourcesService) {}

  @Handles(CreatorsResourcesSearch)
  search(
    @Payload() request: ReceivedRequestOf<typeof CreatorsResourcesSearch>,
  ): Promise<ReplyOf<typeof CreatorsResourcesSearch>> {
    return this.resources.search(request.principal, request.input);
  }
}
