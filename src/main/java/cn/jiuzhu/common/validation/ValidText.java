package cn.jiuzhu.common.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import cn.jiuzhu.common.error.ErrorCode;

/** Text without the characters {@link PlainText} refuses; null passes, pair with {@code @NotNull}. */
@Documented
@Constraint(validatedBy = ValidText.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface ValidText {
    String message() default "TEXT_INVALID";

    ErrorCode code() default ErrorCode.TEXT_INVALID;

    /** A name or a code: no tab or line break either. */
    boolean singleLine() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidText, String> {
        private boolean singleLine;

        @Override
        public void initialize(ValidText annotation) {
            singleLine = annotation.singleLine();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return (singleLine ? PlainText.inName(value) : PlainText.inText(value)).isEmpty();
        }
    }
}
