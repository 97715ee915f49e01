import { Module } from '@nestjs/common';
import { InteractionResolver } from './interaction.resolver';
import { InteractionService } from './interaction.service';

@Module({ providers: [InteractionService, InteractionResolver], exports: [InteractionService] })
export class InteractionModule {}
