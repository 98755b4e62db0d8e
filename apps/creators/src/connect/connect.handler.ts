import {
  CompleteConnectRequest,
  ConnectOutcome,
  ConnectStarted,
  CreatorsSubjects,
  StartConnectInput,
  StartConnectRequest,
  validateInput,
} from '@tally/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ConnectService } from './connect.service.js';

const MAX_CALLBACK_VALUE_LENGTH = 2048;

/** TikTok's query arrives as the browser sent it: only bounded strings go further. */
function callbackValue(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' && value.length <= MAX_CALLBACK_VALUE_LENGTH
    ? value
    : undefined;
}

@Controller()
export class ConnectHandler {
  constructor(private readonly connect: ConnectService) {}

  @MessagePattern(CreatorsSubjects.startConnect)
  start(@Payload() request: StartConnectRequest): Promise<ConnectStarted> {
    return this.connect.start(
      request.principal,
      validateInput(StartConnectInput, request.input ?? {}),
    );
  }

  @MessagePattern(CreatorsSubjects.completeConnect)
  complete(@Payload() request: CompleteConnectRequest): Promise<ConnectOutcome> {
    return this.connect.complete({
      state: callbackValue(request.state),
      code: callbackValue(request.code),
      error: callbackValue(request.error),
      errorDescription: callbackValue(request.errorDescription),
    });
  }
}
