import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'empact:isPublic';

/** Marks a resolver or route that answers without a signed-in account. Everything else needs one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
