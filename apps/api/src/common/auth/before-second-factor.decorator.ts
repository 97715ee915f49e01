import { SetMetadata } from '@nestjs/common';

export const BEFORE_SECOND_FACTOR = 'empact:beforeSecondFactor';

/**
 * Marks what an account whose role needs a second factor may still do before it has set one up: read itself, set it
 * up, choose its language, hear that its sign-in ended. Everything else answers TWO_FACTOR_ENROLMENT_REQUIRED.
 */
export const BeforeSecondFactor = () => SetMetadata(BEFORE_SECOND_FACTOR, true);
