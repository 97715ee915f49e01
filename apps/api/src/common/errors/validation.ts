import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { DomainException } from './domain.exception';

/** The first failing constraint of the first failing field, with its path (`input.email`). */
function firstProblem(errors: ValidationError[], prefix = ''): { field: string; constraint: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const [constraint, message] = Object.entries(error.constraints ?? {})[0] ?? [];
    if (constraint) return { field, constraint, message: message ?? '' };
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

const firstNumber = (text: string) => Number(/\d+/.exec(text)?.[0] ?? 0);

/** Turns a class-validator failure into BAD_USER_INPUT naming the field, with a translatable message. */
export function validationException(errors: ValidationError[]): DomainException {
  const problem = firstProblem(errors);
  if (!problem) return new DomainException('BAD_USER_INPUT');
  const { field, constraint, message } = problem;
  const extensions = { field };
  switch (constraint) {
    case 'maxLength':
    case 'arrayMaxSize':
      return new DomainException('BAD_USER_INPUT', 'input.tooLong', { field, max: firstNumber(message) }, extensions);
    case 'minLength':
      return new DomainException('BAD_USER_INPUT', 'input.tooShort', { field, min: firstNumber(message) }, extensions);
    case 'isEmail':
      return new DomainException('BAD_USER_INPUT', 'input.email', { field }, extensions);
    case 'isNotEmpty':
    case 'isDefined':
    case 'arrayNotEmpty':
      return new DomainException('BAD_USER_INPUT', 'input.required', { field }, extensions);
    case 'isIn':
    case 'isEnum':
      return new DomainException('BAD_USER_INPUT', 'input.oneOf', { field }, extensions);
    case 'whitelistValidation':
      return new DomainException('BAD_USER_INPUT', 'input.unknownField', { field }, extensions);
    default:
      return new DomainException('BAD_USER_INPUT', 'input.invalid', { field }, extensions);
  }
}

export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  stopAtFirstError: true,
  exceptionFactory: validationException,
});
