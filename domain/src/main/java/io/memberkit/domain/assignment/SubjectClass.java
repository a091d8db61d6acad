package io.memberkit.domain.assignment;

/** The kinds of object a partial editor can be assigned. Wire spelling ("Dataset") lives in adapters. */
public enum SubjectClass {
    DATASET, REUSE, DATASERVICE
}
