import { ValidationError } from 'class-validator';
import { validationException } from './validation';

const error = (property: string, constraints: Record<string, string>, children: ValidationError[] = []): ValidationError =>
  Object.assign(new ValidationError(), { property, constraints, children });

describe(validationException.name, () => {
  it('names the field and the limit of an over-long value', () => {
    const exception = validationException([error('displayName', { maxLength: 'displayName must be shorter than or equal to 120 characters' })]);
    expect(exception).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'input.tooLong', params: { field: 'displayName', max: 120 }, extensions: { field: 'displayName' } });
  });

  it('follows nested inputs to the failing field', () => {
    const exception = validationException([error('input', {}, [error('email', { isEmail: 'email must be an email' })])]);
    expect(exception).toMatchObject({ messageKey: 'input.email', extensions: { field: 'input.email' } });
  });

  it('calls a field outside the input unknown', () => {
    expect(validationException([error('rank', { whitelistValidation: 'property rank should not exist' })]).messageKey).toBe('input.unknownField');
  });
});
