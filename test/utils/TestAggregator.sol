// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title TestAggregator
/// @notice A price feed with Chainlink's `AggregatorV3Interface` read functions (`decimals`,
/// `latestRoundData`), whose answer and update time its deployer sets. The keeper's tests value USDC
/// escrow with it as they would with Chainlink's ETH/USD feed.
contract TestAggregator {
    /// @notice Thrown when anyone but the deployer sets the answer.
    error NotOwner(address caller);

    /// @notice Emitted when the answer changes.
    event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt);

    address public immutable owner;
    uint8 public immutable decimals;

    int256 internal _answer;
    uint256 internal _updatedAt;
    uint80 internal _roundId;

    /// @param decimals_ The answer's decimals (Chainlink's USD feeds use 8).
    /// @param answer The first answer, updated now.
    constructor(uint8 decimals_, int256 answer) {
        owner = msg.sender;
        decimals = decimals_;
        _set(answer, block.timestamp);
    }

    /// @notice Sets the answer and when it was last updated (in the past, for a stale feed).
    function setAnswer(int256 answer, uint256 updatedAt) external {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _set(answer, updatedAt);
    }

    /// @notice The latest round, as Chainlink's aggregators return it.
    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        return (_roundId, _answer, _updatedAt, _updatedAt, _roundId);
    }

    function _set(int256 answer, uint256 updatedAt) internal {
        _answer = answer;
        _updatedAt = updatedAt;
        _roundId += 1;
        emit AnswerUpdated(answer, _roundId, updatedAt);
    }
}
