import { Module } from '@nestjs/common';
import { TwoFactorModule } from '../two-factor/two-factor.module';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [TwoFactorModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class DemoModule {}
