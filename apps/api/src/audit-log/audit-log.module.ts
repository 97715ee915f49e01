import { Module } from '@nestjs/common';
import { AuditLogExportController } from './audit-log-export.controller';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';

/** Reading the audit log and the weeks' retention (the repository is provided globally with the others). */
@Module({
  controllers: [AuditLogExportController],
  providers: [AuditLogService, AuditLogResolver],
})
export class AuditLogModule {}
