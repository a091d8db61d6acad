package io.memberkit.adapter.persistence.common;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;

/** See {@link TranslatesSqlFailures}. */
@InterceptorBean(TranslatesSqlFailures.class)
final class SqlFailureTranslation implements MethodInterceptor<Object, Object> {

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e);
        }
    }
}
