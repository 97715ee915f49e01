import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AccountModule } from './accounts/account.module';
import { ActionWeekModule } from './action-weeks/action-week.module';
import { AuthModule } from './auth/auth.module';
import { CommonModule } from './common/common.module';
import { AppConfig } from './common/config/app-config';
import { ConfigModule } from './common/config/config.module';
import { dataSourceOptions } from './common/database/data-source-options';
import { graphqlOptions } from './common/graphql/graphql-options';
import { I18nService } from './common/i18n/i18n.service';
import { TokenService } from './common/auth/token.service';
import { DemoModule } from './demo/demo.module';
import { CalendarFeedModule } from './calendar-feeds/calendar-feed.module';
import { DebriefModule } from './debriefs/debrief.module';
import { WeekReportModule } from './week-report/week-report.module';
import { OutcomesModule } from './outcomes/outcomes.module';
import { RetentionModule } from './retention/retention.module';
import { AuditLogModule } from './audit-log/audit-log.module';
import { GuidanceModule } from './guidance/guidance.module';
import { HealthModule } from './health/health.module';
import { InteractionModule } from './interactions/interaction.module';
import { ReferralModule } from './referrals/referral.module';
import { TaxonomyModule } from './taxonomy/taxonomy.module';
import { PatrolSessionModule } from './patrol-sessions/patrol-session.module';
import { PlanImportModule } from './plan-import/plan-import.module';
import { PlanCopyModule } from './plan-copy/plan-copy.module';
import { PlatformModule } from './platforms/platform.module';
import { PoliceProfileModule } from './police-profiles/police-profile.module';
import { WeekNowModule } from './week-now/week-now.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const adminDist = resolve(config.ADMIN_DIST);
    const serveAdmin = existsSync(join(adminDist, 'index.html'))
      ? [
          ServeStaticModule.forRoot({
            rootPath: adminDist,
            exclude: ['/graphql{/*path}', '/health{/*path}', '/exports{/*path}', '/calendar{/*path}'],
          }),
        ]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(config)),
        CommonModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AppConfig, I18nService, TokenService],
          useFactory: graphqlOptions,
        }),
        HealthModule,
        AuthModule,
        AccountModule,
        ActionWeekModule,
        PlatformModule,
        PoliceProfileModule,
        PatrolSessionModule,
        PlanImportModule,
        PlanCopyModule,
        CalendarFeedModule,
        TaxonomyModule,
        InteractionModule,
        ReferralModule,
        GuidanceModule,
        DebriefModule,
        WeekReportModule,
        OutcomesModule,
        RetentionModule,
        AuditLogModule,
        WeekNowModule,
        DemoModule,
        ...serveAdmin,
      ],
    };
  }
}
