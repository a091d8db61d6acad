package io.memberkit.application.port.in.permission;

/** May the actor edit object O of organization G: the hot query (admin and editor: any object; partial editor: assigned ones). */
public interface MayEditUseCase {
    boolean mayEdit(MayEdit query);
}
