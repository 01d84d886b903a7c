-- Approvals now cover each image and its alt texts (`Post::content_hash`).
-- No table changes: the repair that follows this migration in Rust
-- (`posts::withdraw_unbound_approvals`) sends approved or scheduled posts
-- with images back to review, since their approval did not cover them.

