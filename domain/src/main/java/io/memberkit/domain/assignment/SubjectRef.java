package io.memberkit.domain.assignment;

import io.memberkit.domain.common.Require;

/** A reference to an object of the platform (a dataset, a reuse, a dataservice), by class and id. */
public record SubjectRef(SubjectClass kind, String id) {
    public SubjectRef {
        Require.present(kind, "class");
        id = Require.nonBlank(id, "id");
    }

    public static SubjectRef dataset(String id) {
        return new SubjectRef(SubjectClass.DATASET, id);
    }

    public static SubjectRef reuse(String id) {
        return new SubjectRef(SubjectClass.REUSE, id);
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
