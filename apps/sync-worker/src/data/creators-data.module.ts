import {
  CREATORS_DATA_EXPORTS,
  creatorsDataProviders,
  type TokenKeyring,
} from '@tally/creators-data';
import { DynamicModule, Module } from '@nestjs/common';

/** The repositories of the creators schema, over the app's DataSource. */
@Module({})
export class CreatorsDataModule {
  static register(keyring: TokenKeyring): DynamicModule {
    return {
      module: CreatorsDataModule,
      global: true,
      providers: creatorsDataProviders(keyring),
      exports: CREATORS_DATA_EXPORTS,
    };
  }
}
