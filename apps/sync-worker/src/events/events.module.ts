import { Module } from '@nestjs/common';
import { CreatorEventsPublisher } from './creator-events.publisher.js';

@Module({
  providers: [CreatorEventsPublisher],
  exports: [CreatorEventsPublisher],
})
export class EventsModule {}
