package kg.socialorder;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks a task listener bean that the engine calls when any user task of any process is created,
 * those a designer deploys later included, without a mark in each diagram (engine/EveryUserTask); or
 * the one expression bean that gives every such task its description (tasklist/TaskCards).
 */
@Target({ElementType.TYPE, ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Qualifier
public @interface OnEveryUserTask {}
