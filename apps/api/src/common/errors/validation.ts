import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { IS_NAME } from '../text/is-name.decorator';
import { unstorableTextAt } from '../text/unstorable-text';
import { DomainException } from './domain.exception';

/** The first failing constraint of the first failing field, with its path (`input.email`). */
function firstProblem(
  errors: ValidationError[],
  prefix = '',
): { field: string; constraint: string; message: string } | null {
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
      return new DomainException(
        'BAD_USER_INPUT',
        'input.tooLong',
        { field, max: firstNumber(message) },
        extensions,
      );
    case 'arrayMaxSize':
      return new DomainException(
        'BAD_USER_INPUT',
        'input.tooMany',
        { field, max: firstNumber(message) },
        extensions,
      );
    case IS_NAME:
      return new DomainException(
        'BAD_USER_INPUT',
        'input.nameCharacters',
        { field, character: /U\+[0-9A-F]{4}/.exec(message)?.[0] ?? '' },
        extensions,
      );
    case 'minLength':
      return new DomainException(
        'BAD_USER_INPUT',
        'input.tooShort',
        { field, min: firstNumber(message) },
        extensions,
      );
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

/**
 * The one pipe every argument passes (GraphQL arguments, and the query and path of the few HTTP routes). Before
 * class-validator looks at a value it refuses, in any string, what cannot be stored as text: a NUL, which PostgreSQL
 * refuses, and half of a UTF-16 surrogate pair, on which validators throw (`encodeURI` in isEmail) and which drivers
 * silently turn into U+FFFD. So no string argument needs a rule of its own against them.
 */
export class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom parameter decorators give the actor or the request, not input.
    if (metadata.type !== 'custom') {
      const at = unstorableTextAt(value);
      if (at !== null) {
        const field = at || metadata.data || 'input';
        throw new DomainException('BAD_USER_INPUT', 'input.unstorableText', { field }, { field });
      }
    }
    return super.transform(value, metadata);
  }
}

export const validationPipe = new InputValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  stopAtFirstError: true,
  exceptionFactory: validationException,
});
