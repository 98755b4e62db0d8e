import {
  IdentityServiceUsersCreate,
  IdentityServiceUsersDelete,
  IdentityServiceUsersGet,
  IdentityServiceUsersList,
  IdentityServiceUsersUpdate,
  type ReceivedRequestOf,
  type ReplyOf,
} from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ServiceUsersService } from './service-users.service.js';

@Controller()
export class ServiceUsersHandler {
  constructor(private readonly serviceUsers: ServiceUsersService) {}

  @Handles(IdentityServiceUsersCreate)
  create(
    @Payload() request: ReceivedRequestOf<typeof IdentityServiceUsersCreate>,
  ): Promise<ReplyOf<typeof IdentityServiceUsersCreate>> {
    return this.serviceUsers.create(request.principal, request.input);
  }

  @Handles(IdentityServiceUsersList)
  list(
    @Payload() request: ReceivedRequestOf<typeof IdentityServiceUsersList>,
  ): Promise<ReplyOf<typeof IdentityServiceUsersList>> {
    return this.serviceUsers.list(request.principal, request.page);
  }

  @Handles(IdentityServiceUsersGet)
  get(
    @Payload() request: ReceivedRequestOf<typeof IdentityServiceUsersGet>,
  ): Promise<ReplyOf<typeof IdentityServiceUsersGet>> {
    return this.serviceUsers.get(request.principal, request.userId);
  }

  @Handles(IdentityServiceUsersUpdate)
  update(
    @Payload() request: ReceivedRequestOf<typeof IdentityServiceUsersUpdate>,
  ): Promise<ReplyOf<typeof IdentityServiceUsersUpdate>> {
    return this.serviceUsers.update(request.principal, request.userId, request.input);
  }

  @Handles(IdentityServiceUsersDelete)
  remove(
    @Payload() request: ReceivedRequestOf<typeof IdentityServiceUsersDelete>,
  ): Promise<ReplyOf<typeof IdentityServiceUsersDelete>> {
    return this.serviceUsers.remove(request.principal, request.userId);
  }
}
