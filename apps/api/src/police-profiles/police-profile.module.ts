import { Module } from '@nestjs/common';
import { PlatformModule } from '../platforms/platform.module';
import { PoliceProfileResolver } from './police-profile.resolver';
import { PoliceProfileService } from './police-profile.service';

@Module({
  imports: [PlatformModule],
  providers: [PoliceProfileService, PoliceProfileResolver],
  exports: [PoliceProfileService],
})
export class PoliceProfileModule {}
