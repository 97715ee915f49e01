import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';

@Module({ imports: [AuthModule], providers: [AccountService, AccountResolver] })
export class AccountModule {}
