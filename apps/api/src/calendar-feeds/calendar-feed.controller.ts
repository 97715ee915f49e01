import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/auth/public.decorator';
import { notFound } from '../common/errors/domain.exception';
import { CalendarFeedService } from './calendar-feed.service';

/** `GET /calendar/<token>.ics`: the secret token in the address is the only credential, as calendar apps need. */
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Public()
  @Get(':file')
  async feed(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const token = /^([A-Za-z0-9_-]{20,64})\.ics$/.exec(file)?.[1];
    const body = token ? await this.feeds.render(token) : null;
    if (!body) throw notFound();
    response
      .status(200)
      .type('text/calendar; charset=utf-8')
      .set('Cache-Control', 'private, max-age=300')
      .set('Content-Disposition', 'inline; filename="empact-action-week.ics"')
      .send(body);
  }
}
