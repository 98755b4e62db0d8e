import {
  CreatorsSubjects,
  ResourceSearchResult,
  SearchResourcesInput,
  SearchResourcesRequest,
  validateInput,
} from '@tally/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ResourcesService } from './resources.service.js';

@Controller()
export class ResourcesHandler {
  constructor(private readonly resources: ResourcesService) {}

  @MessagePattern(CreatorsSubjects.searchResources)
  search(@Payload() request: SearchResourcesRequest): Promise<ResourceSearchResult> {
    return this.resources.search(
      request.principal,
      validateInput(SearchResourcesInput, request.input),
    );
  }
}
