import { AppError } from '@tally/contracts';
import { Injectable, PipeTransform } from '@nestjs/common';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Path ids are UUIDs; anything else is refused before it reaches a service. */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID_PATTERN.test(value)) {
      throw new AppError('validation_failed', 'The id in the path is not valid.', [
        { field: 'id', reason: 'must be a UUID' },
      ]);
    }
    return value.toLowerCase();
  }
}
