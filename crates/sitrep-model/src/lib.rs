//! Averaged-perceptron learner, feature hashing and the compact model file format shared by sitrep's trained components.
