package org.disputedesk.trust;

import java.util.ArrayList;
import java.util.List;

import org.disputedesk.complaint.Sha256;

/**
 * The Merkle tree an anchor's root is made of, in text so that {@code sha256sum} recomputes it
 * (docs/trust.md): a leaf is {@code SHA-256("<complaint id> <seq> <head>")}, an inner node
 * {@code SHA-256(left + right)} of the two children's lower-case hex, and a level of odd length
 * carries its last node up unchanged. A leaf's text holds spaces and a node's does not, so neither
 * can pass for the other. The leaves are in the order of the complaint ids.
 */
final class MerkleTree {

    static String leaf(String complaintId, int seq, String head) {
        return Sha256.hex(complaintId + " " + seq + " " + head);
    }

    static String root(List<String> leaves) {
        List<String> level = leaves;
        while (level.size() > 1) {
            level = up(level);
        }
        return level.get(0);
    }

    /** The siblings from the leaf at {@code index} up to the root, the nearest first. */
    static List<PathStep> path(List<String> leaves, int index) {
        List<PathStep> path = new ArrayList<>();
        List<String> level = leaves;
        int at = index;
        while (level.size() > 1) {
            int sibling = at % 2 == 0 ? at + 1 : at - 1;
            if (sibling < level.size()) {
                path.add(new PathStep(at % 2 == 0 ? PathStep.Side.RIGHT : PathStep.Side.LEFT, level.get(sibling)));
            }
            level = up(level);
            at /= 2;
        }
        return path;
    }

    /** The root a leaf and its path lead to. */
    static String climb(String leaf, List<PathStep> path) {
        String hash = leaf;
        for (PathStep step : path) {
            hash = Sha256.hex(step.side() == PathStep.Side.LEFT ? step.hash() + hash : hash + step.hash());
        }
        return hash;
    }

    private static List<String> up(List<String> level) {
        List<String> next = new ArrayList<>();
        for (int i = 0; i < level.size(); i += 2) {
            next.add(i + 1 < level.size() ? Sha256.hex(level.get(i) + level.get(i + 1)) : level.get(i));
        }
        return next;
    }

    private MerkleTree() {
    }
}
